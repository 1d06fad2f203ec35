/**
 */
package io.ringside.model.trace;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A queue of a device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.Queue#getIndex <em>Index</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getSize <em>Size</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getLayout <em>Layout</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getLabel <em>Label</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getOutstanding <em>Outstanding</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getNotifications <em>Notifications</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getInterrupts <em>Interrupts</em>}</li>
 *   <li>{@link io.ringside.model.trace.Queue#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.trace.TracePackage#getQueue()
 * @model abstract="true"
 * @generated
 */
public interface Queue extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see #setLayout(String)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Layout()
	 * @model
	 * @generated
	 */
	String getLayout();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * buffers or commands the device has not completed
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outstanding</em>' attribute.
	 * @see #setOutstanding(int)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Outstanding()
	 * @model
	 * @generated
	 */
	int getOutstanding();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getOutstanding <em>Outstanding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outstanding</em>' attribute.
	 * @see #getOutstanding()
	 * @generated
	 */
	void setOutstanding(int value);

	/**
	 * Returns the value of the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * driver to device notifications (kicks, doorbell writes)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notifications</em>' attribute.
	 * @see #setNotifications(long)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Notifications()
	 * @model
	 * @generated
	 */
	long getNotifications();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getNotifications <em>Notifications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notifications</em>' attribute.
	 * @see #getNotifications()
	 * @generated
	 */
	void setNotifications(long value);

	/**
	 * Returns the value of the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupts</em>' attribute.
	 * @see #setInterrupts(long)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Interrupts()
	 * @model
	 * @generated
	 */
	long getInterrupts();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getInterrupts <em>Interrupts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupts</em>' attribute.
	 * @see #getInterrupts()
	 * @generated
	 */
	void setInterrupts(long value);

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * buffers used or commands completed
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requests</em>' attribute.
	 * @see #setRequests(long)
	 * @see io.ringside.model.trace.TracePackage#getQueue_Requests()
	 * @model
	 * @generated
	 */
	long getRequests();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Queue#getRequests <em>Requests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requests</em>' attribute.
	 * @see #getRequests()
	 * @generated
	 */
	void setRequests(long value);

} // Queue

/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Suppression</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A packed ring event suppression structure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.EventSuppression#getOffWrap <em>Off Wrap</em>}</li>
 *   <li>{@link io.ringside.model.virtio.EventSuppression#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.EventSuppression#getOffset <em>Offset</em>}</li>
 *   <li>{@link io.ringside.model.virtio.EventSuppression#isWrap <em>Wrap</em>}</li>
 *   <li>{@link io.ringside.model.virtio.EventSuppression#getMode <em>Mode</em>}</li>
 *   <li>{@link io.ringside.model.virtio.EventSuppression#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression()
 * @model
 * @generated
 */
public interface EventSuppression extends EObject {
	/**
	 * Returns the value of the '<em><b>Off Wrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Off Wrap</em>' attribute.
	 * @see #setOffWrap(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression_OffWrap()
	 * @model
	 * @generated
	 */
	int getOffWrap();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.EventSuppression#getOffWrap <em>Off Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Off Wrap</em>' attribute.
	 * @see #getOffWrap()
	 * @generated
	 */
	void setOffWrap(int value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.EventSuppression#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression_Offset()
	 * @model
	 * @generated
	 */
	int getOffset();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.EventSuppression#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(int value);

	/**
	 * Returns the value of the '<em><b>Wrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wrap</em>' attribute.
	 * @see #setWrap(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression_Wrap()
	 * @model
	 * @generated
	 */
	boolean isWrap();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.EventSuppression#isWrap <em>Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wrap</em>' attribute.
	 * @see #isWrap()
	 * @generated
	 */
	void setWrap(boolean value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression_Mode()
	 * @model
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.EventSuppression#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getEventSuppression_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.EventSuppression#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // EventSuppression

/**
 */
package io.ringside.model.virtio;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Packed Virtqueue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A packed virtqueue: one descriptor ring with AVAIL/USED bits and wrap counters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#getDriverPosition <em>Driver Position</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#isDriverWrapCounter <em>Driver Wrap Counter</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceReadPosition <em>Device Read Position</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#isDeviceReadWrapCounter <em>Device Read Wrap Counter</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceUsedPosition <em>Device Used Position</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#isDeviceUsedWrapCounter <em>Device Used Wrap Counter</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#getDriverEvent <em>Driver Event</em>}</li>
 *   <li>{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceEvent <em>Device Event</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue()
 * @model
 * @generated
 */
public interface PackedVirtqueue extends Virtqueue {
	/**
	 * Returns the value of the '<em><b>Driver Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Position</em>' attribute.
	 * @see #setDriverPosition(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DriverPosition()
	 * @model
	 * @generated
	 */
	int getDriverPosition();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#getDriverPosition <em>Driver Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Position</em>' attribute.
	 * @see #getDriverPosition()
	 * @generated
	 */
	void setDriverPosition(int value);

	/**
	 * Returns the value of the '<em><b>Driver Wrap Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Wrap Counter</em>' attribute.
	 * @see #setDriverWrapCounter(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DriverWrapCounter()
	 * @model
	 * @generated
	 */
	boolean isDriverWrapCounter();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#isDriverWrapCounter <em>Driver Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Wrap Counter</em>' attribute.
	 * @see #isDriverWrapCounter()
	 * @generated
	 */
	void setDriverWrapCounter(boolean value);

	/**
	 * Returns the value of the '<em><b>Device Read Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Read Position</em>' attribute.
	 * @see #setDeviceReadPosition(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DeviceReadPosition()
	 * @model
	 * @generated
	 */
	int getDeviceReadPosition();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceReadPosition <em>Device Read Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Read Position</em>' attribute.
	 * @see #getDeviceReadPosition()
	 * @generated
	 */
	void setDeviceReadPosition(int value);

	/**
	 * Returns the value of the '<em><b>Device Read Wrap Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Read Wrap Counter</em>' attribute.
	 * @see #setDeviceReadWrapCounter(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DeviceReadWrapCounter()
	 * @model
	 * @generated
	 */
	boolean isDeviceReadWrapCounter();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#isDeviceReadWrapCounter <em>Device Read Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Read Wrap Counter</em>' attribute.
	 * @see #isDeviceReadWrapCounter()
	 * @generated
	 */
	void setDeviceReadWrapCounter(boolean value);

	/**
	 * Returns the value of the '<em><b>Device Used Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Used Position</em>' attribute.
	 * @see #setDeviceUsedPosition(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DeviceUsedPosition()
	 * @model
	 * @generated
	 */
	int getDeviceUsedPosition();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceUsedPosition <em>Device Used Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Used Position</em>' attribute.
	 * @see #getDeviceUsedPosition()
	 * @generated
	 */
	void setDeviceUsedPosition(int value);

	/**
	 * Returns the value of the '<em><b>Device Used Wrap Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Used Wrap Counter</em>' attribute.
	 * @see #setDeviceUsedWrapCounter(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DeviceUsedWrapCounter()
	 * @model
	 * @generated
	 */
	boolean isDeviceUsedWrapCounter();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#isDeviceUsedWrapCounter <em>Device Used Wrap Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Used Wrap Counter</em>' attribute.
	 * @see #isDeviceUsedWrapCounter()
	 * @generated
	 */
	void setDeviceUsedWrapCounter(boolean value);

	/**
	 * Returns the value of the '<em><b>Driver Event</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Event</em>' containment reference.
	 * @see #setDriverEvent(EventSuppression)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DriverEvent()
	 * @model containment="true"
	 * @generated
	 */
	EventSuppression getDriverEvent();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#getDriverEvent <em>Driver Event</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Event</em>' containment reference.
	 * @see #getDriverEvent()
	 * @generated
	 */
	void setDriverEvent(EventSuppression value);

	/**
	 * Returns the value of the '<em><b>Device Event</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Event</em>' containment reference.
	 * @see #setDeviceEvent(EventSuppression)
	 * @see io.ringside.model.virtio.VirtioPackage#getPackedVirtqueue_DeviceEvent()
	 * @model containment="true"
	 * @generated
	 */
	EventSuppression getDeviceEvent();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceEvent <em>Device Event</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Event</em>' containment reference.
	 * @see #getDeviceEvent()
	 * @generated
	 */
	void setDeviceEvent(EventSuppression value);

} // PackedVirtqueue
